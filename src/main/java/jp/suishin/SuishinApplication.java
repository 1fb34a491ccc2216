package jp.suishin;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SuishinApplication {

	public static void main(String[] args) {
		SpringApplication.run(SuishinApplication.class, args);
	}

}

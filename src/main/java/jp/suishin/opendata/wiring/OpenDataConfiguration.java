package jp.suishin.opendata.wiring;

import jp.suishin.opendata.OpenData;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The open-data writer as a bean, for the editions that store its files. */
@Configuration(proxyBeanMethods = false)
class OpenDataConfiguration {

	@Bean
	OpenData openData() {
		return new OpenData();
	}

}

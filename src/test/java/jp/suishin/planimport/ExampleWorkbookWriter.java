package jp.suishin.planimport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the example files again:
 * {@code ./mvnw test -Dtest=ExampleWorkbookWriter -Dsuishin.write-examples=true}.
 */
class ExampleWorkbookWriter {

	@Test
	@EnabledIfSystemProperty(named = "suishin.write-examples", matches = "true")
	void writesTheExamples() throws Exception {
		ExampleWorkbook.main(new String[0]);
	}

}

package io.aieducademy.classes;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSV cells' protection against formulas, and the join codes' alphabet and reading.
 */
class CsvAndJoinCodeTests {

	@Test
	void cellsThatASpreadsheetWouldRunAreShownAsText() {
		assertThat(Csv.cell("=1+2")).isEqualTo("\"'=1+2\"");
		assertThat(Csv.cell("+1")).isEqualTo("\"'+1\"");
		assertThat(Csv.cell("-1")).isEqualTo("\"'-1\"");
		assertThat(Csv.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
		assertThat(Csv.cell("\t=1")).isEqualTo("\"'\t=1\"");
		assertThat(Csv.cell("a=1")).isEqualTo("\"a=1\"");
		assertThat(Csv.cell("say \"hi\", then go")).isEqualTo("\"say \"\"hi\"\", then go\"");
		assertThat(Csv.cell("")).isEqualTo("\"\"");
		assertThat(new Csv().row("a", 1).row("=b", "c\nd").toString())
			.isEqualTo("\uFEFF\"a\",\"1\"\r\n\"'=b\",\"c\nd\"\r\n");
	}

	@Test
	void joinCodesUseNoLookAlikesAndAreReadHowEverTheyAreTyped() {
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			String code = JoinCodes.next();
			assertThat(code).hasSize(10).matches("[23456789ABCDEFGHJKMNPQRSTVWXYZ]{10}");
			codes.add(code);
		}
		assertThat(codes).as("random, not repeated").hasSize(1000);
		assertThat(JoinCodes.display("ABCDE23456")).isEqualTo("ABCDE-23456");
		assertThat(JoinCodes.normalise(" abcde-23456 ")).isEqualTo("ABCDE23456");
		assertThat(JoinCodes.normalise("ABC DE 234 56")).isEqualTo("ABCDE23456");
		assertThat(JoinCodes.normalise("ABCDE2345")).as("too short").isNull();
		assertThat(JoinCodes.normalise("ABCDE2345O")).as("O is not in the alphabet").isNull();
		assertThat(JoinCodes.normalise("x".repeat(41))).isNull();
		assertThat(JoinCodes.normalise(null)).isNull();
	}

}

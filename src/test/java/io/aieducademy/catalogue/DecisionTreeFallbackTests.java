package io.aieducademy.catalogue;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The {@code decision-tree} interactive's table is computed when the catalogue loads,
 * that is at start-up, and a broken points file or block stops loading with the file and
 * the line at fault.
 */
class DecisionTreeFallbackTests {

	private static final String POINTS = """
			# a comment
			heat,light,label
			1,1,no
			2,1,no
			8,1,yes
			9,2,yes
			""";

	@TempDir
	Path root;

	@Test
	void aLessonWithATreeLoadsWithEverySplitComputed() throws IOException {
		write(POINTS, "");
		TreeGrowth growth = fallback();
		assertThat(growth.axes()).containsExactly("heat", "light");
		assertThat(growth.start().gini()).isEqualTo("0.500");
		assertThat(growth.rows()).hasSize(1);
		TreeGrowth.SplitRow row = growth.rows().get(0);
		assertThat(row.question()).isEqualTo("heat < 5");
		assertThat(row.group().conditions()).isEmpty();
		assertThat(row.below().conditions()).containsExactly("heat < 5");
		assertThat(row.above().conditions()).containsExactly("heat ≥ 5");
		assertThat(row.below().counts()).containsExactly(new TreeGrowth.Count("no", 2), new TreeGrowth.Count("yes", 0));
		assertThat(row.weightedGini()).isEqualTo("0.000");
		assertThat(growth.json()).contains("\"axes\":[\"heat\",\"light\"]", "\"labels\":[\"no\",\"yes\"]",
				"\"points\":[[1,1,0],[2,1,0],[8,1,1],[9,2,1]]", "\"question\":\"heat < 5\"",
				"\"nodes\":{\"\":{\"region\":[0,10,0,10],\"conditions\":[],\"counts\":[2,2],\"size\":4,\"gini\":\"0.500\",\"majority\":-1}",
				"\"leaves\":[\"L\",\"R\"]",
				"\"candidates\":[{\"axis\":0,\"question\":\"heat < 5\",\"gini\":\"0.000\",\"chosen\":true},"
						+ "{\"axis\":1,\"question\":\"light < 1.5\",\"gini\":\"0.333\",\"chosen\":false}]");
	}

	@Test
	void aBrokenPointsFileStopsLoadingWithItsLine() throws IOException {
		write(POINTS.replace("9,2,yes", "9,12,yes"), "");
		assertThatExceptionOfType(ContentException.class).isThrownBy(this::load)
			.satisfies((ex) -> assertThat(ex.file()).isEqualTo("data/points.csv"))
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(6))
			.withMessageContaining("'12' must be a number from 0 to 10");

		write(POINTS.replace("yes", "no"), "");
		assertThatExceptionOfType(ContentException.class).isThrownBy(this::load)
			.withMessageContaining("two different labels");
	}

	@Test
	void aShowListIsRefused() throws IOException {
		write(POINTS, "show: [one]");
		assertThatExceptionOfType(ContentException.class).isThrownBy(this::load)
			.satisfies((ex) -> assertThat(ex.file()).isEqualTo("programs/first/lessons/two.md"))
			.withMessageContaining("takes no 'show' list");
	}

	private TreeGrowth fallback() {
		return (TreeGrowth) DataInteractives.first(load().lesson("two").orElseThrow()).fallback();
	}

	private Catalogue load() {
		return new CatalogueLoader(new PathMatchingResourcePatternResolver(), this.root.toUri().toString()).load();
	}

	private void write(String data, String show) throws IOException {
		OneLessonContent.write(this.root, """
				## A tree
				::: data-interactive decision-tree
				data: points.csv
				caption: A tree.
				%s
				:::
				""".formatted(show), "points.csv", data);
	}

}

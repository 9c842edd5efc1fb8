package io.aieducademy.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review files beside the lessons ({@code lessons/reviews/<slug>.md}): every claim
 * that needs a source has one, and every claim is still, word for word, in its lesson.
 * They are not lessons: the catalogue reads only {@code lessons/*.md}.
 */
class LessonReviewTests {

	private static final String LESSONS = "content/programs/ai-sprouts/lessons/";

	private static final List<String> REVIEWED = List.of("how-data-powers-ai", "algorithms-explained",
			"introduction-to-neural-networks", "training-ai-models", "ai-ethics-and-bias", "tokenisation",
			"embeddings-and-vector-databases", "evaluation-metrics", "understanding-large-language-models",
			"feature-engineering", "supervised-vs-unsupervised-learning", "decision-trees", "backpropagation",
			"loss-functions-and-optimisers", "clustering", "overfitting-and-underfitting");

	private final PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();

	@Test
	void everyReviewedLessonHasAReviewWhoseClaimsAreInTheLessonEachWithASource() throws IOException {
		for (String slug : REVIEWED) {
			String lesson = read("classpath:" + LESSONS + slug + ".md");
			List<String[]> claims = claims(read("classpath:" + LESSONS + "reviews/" + slug + ".md"));
			assertThat(claims).as(slug + ": claims listed").hasSizeGreaterThanOrEqualTo(5);
			for (String[] claim : claims) {
				assertThat(lesson).as(slug + ": the claim is quoted from the lesson word for word").contains(claim[0]);
				assertThat(claim[1]).as(slug + ": the source of '" + claim[0] + "'")
					.isNotBlank()
					.hasSizeGreaterThan(20);
			}
		}
	}

	@Test
	void everyReviewFileBelongsToALessonFile() throws IOException {
		Resource[] reviews = this.resources.getResources("classpath*:content/programs/*/lessons/reviews/*.md");
		assertThat(reviews).hasSizeGreaterThanOrEqualTo(REVIEWED.size());
		for (Resource review : reviews) {
			assertThat(review.createRelative("../" + review.getFilename()).exists())
				.as(review.getFilename() + " reviews a lesson that exists")
				.isTrue();
		}
	}

	@Test
	void aReviewFileIsNeitherALessonNorServed() {
		Catalogue catalogue = new CatalogueLoader(this.resources, "classpath:content/").load();
		assertThat(catalogue.lessons().values()).extracting(Lesson::sourcePath)
			.noneMatch((path) -> path.contains("reviews/"));
		assertThat(this.resources.getResource("classpath:static/" + LESSONS + "reviews/ai-ethics-and-bias.md").exists())
			.isFalse();
	}

	/** The rows of the review's table: the quoted claim, then its source. */
	private static List<String[]> claims(String review) {
		List<String[]> claims = new ArrayList<>();
		for (String line : review.split("\n")) {
			if (!line.startsWith("| ") || line.startsWith("| claim ")) {
				continue;
			}
			String[] cells = line.substring(2, line.length() - 2).split(" \\| ", -1);
			assertThat(cells).as("a review row has a claim and a source: " + line).hasSize(2);
			claims.add(new String[] { cells[0].strip(), cells[1].strip() });
		}
		return claims;
	}

	private String read(String location) throws IOException {
		Resource resource = this.resources.getResource(location);
		assertThat(resource.exists()).as(location).isTrue();
		try (InputStream in = resource.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}

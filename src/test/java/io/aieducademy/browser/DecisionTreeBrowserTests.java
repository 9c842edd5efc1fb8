package io.aieducademy.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * The decision tree of AI Sprouts lesson 15 in real headless Chromium: the learner steps
 * through the server's splits, each drawing its line on the plane and saying its Gini
 * impurities; without JavaScript the page shows the server's table of the splits.
 */
class DecisionTreeBrowserTests extends BrowserTest {

	private static final String LESSON = "/programs/ai-sprouts/lessons/decision-trees";

	private static final String TREE = "figure[data-interactive='decision-tree']";

	@Test
	void theLearnerStepsThroughTheSplitsAndSeesEachOnesGiniImpurity(Browser browser) {
		open(browser, LESSON, TREE + "[data-tree-ready]");
		WebElement figure = browser.driver().findElement(By.cssSelector(TREE));
		WebElement explanation = figure.findElement(By.cssSelector("[data-tree-explanation]"));
		WebElement next = figure.findElement(By.cssSelector("[data-tree-next]"));
		assertThat(figure.findElement(By.cssSelector("table[data-tree-splits]")).isDisplayed())
			.as("the live version replaces the static table")
			.isFalse();
		assertThat(figure.findElements(By.cssSelector(".tree__point"))).hasSize(21);
		assertThat(figure.findElements(By.cssSelector(".tree__split"))).isEmpty();
		assertThat(figure.findElements(By.cssSelector(".tree__leaf"))).hasSize(1);
		assertThat(explanation.getText()).contains("Before any split. The tree will make 6 splits.",
				"Group: all the points. 21 points (12 wilted, 9 thrived), Gini impurity 0.490.");
		assertThat(figure.findElement(By.cssSelector("[data-tree-back]")).isEnabled()).isFalse();

		next.click();
		browser.await().until((driver) -> explanation.getText().contains("Split 1 of 6"));
		assertThat(explanation.getText()).contains("sunlight < 3.5 leaves 0.343, the lowest: chosen",
				"water < 7.5 leaves 0.375", "Yes, sunlight < 3.5: 6 points (6 wilted, 0 thrived), Gini 0.000.",
				"No: 15 points (6 wilted, 9 thrived), Gini 0.480.",
				"The Gini impurity of this group falls from 0.490 to 0.343",
				"The whole tree now has 2 leaves, with a weighted impurity of 0.343.");
		assertThat(figure.findElements(By.cssSelector(".tree__split--current"))).hasSize(1);
		assertThat(figure.findElements(By.cssSelector(".tree__leaf"))).hasSize(2);
		// the first line is drawn at sunlight 3.5 from the bottom of the plane to its top
		WebElement line = figure.findElement(By.cssSelector(".tree__split--current"));
		assertThat(line.getDomAttribute("x1")).isEqualTo(line.getDomAttribute("x2"));
		assertThat(Double.parseDouble(String.valueOf(line.getDomAttribute("x1")))).isCloseTo(44 + 0.35 * 280,
				offset(1e-9));

		next.click();
		next.click();
		browser.await().until((driver) -> explanation.getText().contains("Split 3 of 6"));
		assertThat(explanation.getText()).contains("Group: sunlight ≥ 3.5, water < 7.5. 12 points",
				"The whole tree now has 4 leaves, with a weighted impurity of 0.086.");
		assertThat(figure.findElements(By.cssSelector(".tree__split"))).hasSize(3);
		assertThat(figure.findElement(By.cssSelector("[data-tree-step]")).getText()).isEqualTo("Split 3 of 6");

		for (int i = 0; i < 3; i++) {
			next.click();
		}
		browser.await().until((driver) -> explanation.getText().contains("Split 6 of 6"));
		assertThat(explanation.getText()).contains("weighted impurity of 0.000");
		assertThat(next.isEnabled()).isFalse();
		figure.findElement(By.cssSelector("[data-tree-back]")).click();
		browser.await().until((driver) -> explanation.getText().contains("Split 5 of 6"));
		assertThat(figure.findElements(By.cssSelector(".tree__leaf--tie"))).hasSize(1);

		screenshots(browser, TREE, "lesson-decision-tree");
	}

	@Test
	void withoutJavaScriptThePageShowsTheServersTableOfSplits(Browser browser) {
		this.browser = browser;
		browser.withoutJavaScript(url(LESSON), () -> {
			String table = browser.driver().findElement(By.cssSelector(TREE + " table[data-tree-splits]")).getText();
			assertThat(table.replaceAll("\\s+", " ")).contains(
					"1 all the points: 21 points (12 wilted, 9 thrived), Gini 0.490 sunlight < 3.5", "0.343 0.343",
					"0.150 0.086");
		});
	}

	/** The tree at 375, 1280 and 1920 px, light and dark, with no sideways scrolling. */

}

package io.aieducademy.progress;

import io.aieducademy.AiEducademyApplication;
import io.aieducademy.catalogue.Catalogue;
import io.aieducademy.support.LearnerClient;
import io.aieducademy.support.PostgresDatabase;
import io.aieducademy.support.SiteUser;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the application on one PostgreSQL database, as behind a load balancer:
 * what a learner writes through one is read, with the same cookie, through the other, and
 * a session started on one is known to the other (Spring Session JDBC).
 */
@ExtendWith(PostgresDatabase.class)
class TwoInstancesTests {

	@Test
	void answersAndCompletionWrittenThroughOneInstanceAreReadThroughTheOther() throws Exception {
		String url = PostgresDatabase.freshSchemaUrl();
		try (ConfigurableApplicationContext one = start(url); ConfigurableApplicationContext two = start(url)) {
			LearnerClient learner = new LearnerClient();
			assertThat(learner.answer(base(one), "backpropagation.chain-rule-local-derivatives", 2).statusCode())
				.isEqualTo(200);
			assertThat(learner.answer(base(two), "backpropagation.vanishing-gradients-cause", 0).statusCode())
				.isEqualTo(200);
			assertThat(learner.answer(base(one), "backpropagation.what-gradient-tells", 3).statusCode()).isEqualTo(200);
			assertThat(learner.complete(base(two), "backpropagation").statusCode())
				.as("instance two sees the answers given through instance one")
				.isEqualTo(200);

			int available = one.getBean(Catalogue.class).requireProgram("ai-sprouts").availableCount();
			int percent = 100 / available;
			assertThat(learner.get(base(one) + "/api/progress")).contains("\"completed\":1", "\"total\":" + available,
					"\"percent\":" + percent);
			assertThat(learner.get(base(one) + "/programs/ai-sprouts"))
				.contains("1 of " + available + " available lessons completed (" + percent + "%)");
			assertThat(learner.get(base(two) + "/programs/ai-sprouts/lessons/backpropagation"))
				.contains("You have completed this lesson.");
		}
	}

	@Test
	void aUserSignedInThroughOneInstanceIsSignedInOnTheOtherAndSignsOutOfBoth() throws Exception {
		String url = PostgresDatabase.freshSchemaUrl();
		try (ConfigurableApplicationContext one = start(url); ConfigurableApplicationContext two = start(url)) {
			SiteUser user = new SiteUser().header("Sec-Fetch-Site", "same-origin");
			assertThat(user
				.submit(base(one) + "/signup", base(one) + "/signup", "username", "Two_Instances", "password",
						"correct horse battery")
				.statusCode()).isEqualTo(302);
			assertThat(user.cookie("SESSION")).isNotNull();
			assertThat(user
				.postJson(base(two) + "/api/quick-checks/backpropagation.what-gradient-tells/answers",
						"{\"choice\": 3}")
				.statusCode()).isEqualTo(200);
			assertThat(user.cookie("aie_learner")).as("the answer went to the account, not to a new learner").isNull();

			HttpResponse<String> account = user.get(base(two) + "/account");
			assertThat(account.statusCode()).as("instance two reads the session that instance one made").isEqualTo(200);
			assertThat(account.body()).contains(">two_instances</a>", "1 answer, no lessons completed");

			String session = user.cookie("SESSION");
			assertThat(user.submit(base(two) + "/account", base(two) + "/signout").statusCode()).isEqualTo(302);
			assertThat(user.cookie("SESSION")).isNull();
			SiteUser replay = new SiteUser();
			replay.setCookie("SESSION", String.valueOf(session));
			assertThat(replay.get(base(one) + "/account").statusCode()).isEqualTo(302);
		}
	}

	private static ConfigurableApplicationContext start(String url) {
		return new SpringApplicationBuilder(AiEducademyApplication.class).run("--server.port=0",
				"--spring.profiles.active=postgres", "--spring.datasource.url=" + url,
				"--spring.datasource.username=" + PostgresDatabase.USER,
				"--spring.datasource.password=" + PostgresDatabase.PASSWORD, "--spring.main.banner-mode=off");
	}

	private static String base(ConfigurableApplicationContext app) {
		return "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
	}

}

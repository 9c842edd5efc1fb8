package io.aieducademy;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Starts the AI Educademy site. There are no accounts yet (issue 15), so Spring Boot
 * makes no user and logs no generated password.
 */
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
public class AiEducademyApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(AiEducademyApplication.class);
		StartUpReport.attachIfAsked(application);
		application.run(args);
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}

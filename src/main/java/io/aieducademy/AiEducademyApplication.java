package io.aieducademy;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** Starts the AI Educademy site. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AiEducademyApplication {

	public static void main(String[] args) {
		SpringApplication.run(AiEducademyApplication.class, args);
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}

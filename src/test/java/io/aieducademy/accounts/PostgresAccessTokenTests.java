package io.aieducademy.accounts;

import io.aieducademy.support.PostgresDatabase;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same tests as {@link AccessTokenTests}, with accounts, tokens and learner data in
 * PostgreSQL.
 */
@ExtendWith(PostgresDatabase.class)
@ActiveProfiles("postgres")
class PostgresAccessTokenTests extends AccessTokenTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresDatabase.register(registry, PostgresDatabase.freshSchemaUrl());
	}

}

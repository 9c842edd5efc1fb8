package io.aieducademy.accounts;

import io.aieducademy.support.PostgresDatabase;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same tests as {@link AccountTests}, with accounts, sessions and learner data in
 * PostgreSQL.
 */
@ExtendWith(PostgresDatabase.class)
@ActiveProfiles("postgres")
class PostgresAccountTests extends AccountTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresDatabase.register(registry, PostgresDatabase.freshSchemaUrl());
	}

}

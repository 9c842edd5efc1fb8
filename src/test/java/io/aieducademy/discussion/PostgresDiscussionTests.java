package io.aieducademy.discussion;

import io.aieducademy.support.PostgresDatabase;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same tests as {@link DiscussionTests}, with the discussion in PostgreSQL. */
@ExtendWith(PostgresDatabase.class)
@ActiveProfiles("postgres")
class PostgresDiscussionTests extends DiscussionTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresDatabase.register(registry, PostgresDatabase.freshSchemaUrl());
	}

}

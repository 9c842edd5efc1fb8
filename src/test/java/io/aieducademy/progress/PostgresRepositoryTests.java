package io.aieducademy.progress;

import io.aieducademy.support.PostgresDatabase;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same repository tests as {@link RepositoryTests}, on PostgreSQL. */
@ExtendWith(PostgresDatabase.class)
@ActiveProfiles("postgres")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class PostgresRepositoryTests extends RepositoryTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresDatabase.register(registry, PostgresDatabase.freshSchemaUrl());
	}

}

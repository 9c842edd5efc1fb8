package io.aieducademy.classes;

import io.aieducademy.support.PostgresDatabase;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same tests as {@link ClassesTests}, with the classes and answers in PostgreSQL. */
@ExtendWith(PostgresDatabase.class)
@ActiveProfiles("postgres")
class PostgresClassesTests extends ClassesTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresDatabase.register(registry, PostgresDatabase.freshSchemaUrl());
	}

}

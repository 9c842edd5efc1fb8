package io.aieducademy.progress;

import io.aieducademy.support.PostgresSchema;

import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;

/** The same repository tests as {@link RepositoryTests}, on PostgreSQL. */
@PostgresSchema
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class PostgresRepositoryTests extends RepositoryTests {

}

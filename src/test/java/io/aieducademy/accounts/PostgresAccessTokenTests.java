package io.aieducademy.accounts;

import io.aieducademy.support.PostgresSchema;

/**
 * The same tests as {@link AccessTokenTests}, with accounts, tokens and learner data in
 * PostgreSQL.
 */
@PostgresSchema
class PostgresAccessTokenTests extends AccessTokenTests {

}

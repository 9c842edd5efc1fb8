package io.aieducademy.discussion;

import io.aieducademy.support.PostgresSchema;

/** The same tests as {@link DiscussionTests}, with the discussion in PostgreSQL. */
@PostgresSchema
class PostgresDiscussionTests extends DiscussionTests {

}

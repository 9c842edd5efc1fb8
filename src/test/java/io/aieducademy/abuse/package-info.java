/**
 * The load and abuse suite: the site attacked over loopback as an outsider would, with
 * the container's memory settings. Not part of {@code ./mvnw verify}; run it with
 * {@code ./mvnw -Pabuse test} (see the README). Every loop is bounded in count and time.
 */
@NullMarked
package io.aieducademy.abuse;

import org.jspecify.annotations.NullMarked;

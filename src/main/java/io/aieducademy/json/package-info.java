/**
 * How this application reads JSON and YAML (one rule for scalars, shared by the APIs and
 * the content files) and how its APIs word a problem in the message bundle's sentences.
 */
@ApplicationModule(displayName = "JSON rules", allowedDependencies = {})
@NullMarked
package io.aieducademy.json;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

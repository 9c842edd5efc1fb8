/**
 * How this application reads JSON and YAML: one rule for scalars, shared by the APIs and
 * the content files.
 */
@ApplicationModule(displayName = "JSON rules", allowedDependencies = {})
@NullMarked
package io.aieducademy.json;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

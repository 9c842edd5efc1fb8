/**
 * The catalogue: tracks, programs, lessons and quick checks, read from text files once at
 * start-up and immutable afterwards, with their pages and their JSON API.
 */
@ApplicationModule(displayName = "Catalogue",
		allowedDependencies = { "autograd", "progress", "json", "language", "fitting" })
@NullMarked
package io.aieducademy.catalogue;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

/**
 * What every page shares: the layout's model, security headers, error pages, and the home
 * and static pages.
 */
@ApplicationModule(displayName = "System", allowedDependencies = { "catalogue", "json" })
@NullMarked
package io.aieducademy.system;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

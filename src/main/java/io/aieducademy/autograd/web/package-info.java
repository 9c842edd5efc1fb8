/**
 * The {@code /api/autograd} endpoints: request and response records, limits and error
 * mapping. Its evaluation slots (the bound on evaluations running at once) are shared
 * with the playground, so the package is the autograd module's named interface "web".
 */
@NamedInterface("web")
@NullMarked
package io.aieducademy.autograd.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;

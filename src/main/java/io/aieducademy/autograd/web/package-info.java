/**
 * The {@code /api/autograd} endpoints: request and response records, limits and error
 * mapping.
 */
@NullMarked
package io.aieducademy.autograd.web;

import org.jspecify.annotations.NullMarked;

/**
 * Lesson discussion and suggested edits: posts and replies under every lesson, their
 * moderation and reports, and suggestions that administrators review. Its pages are a
 * section of the lesson page (through the catalogue's {@code LessonPageSection}), its
 * forms, its JSON API and /admin/suggestions.
 */
@ApplicationModule(displayName = "Discussion", allowedDependencies = { "accounts", "catalogue", "ratelimit", "json" })
@NullMarked
package io.aieducademy.discussion;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

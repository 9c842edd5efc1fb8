package io.aieducademy.content;

/** A recommended resource for further reading. */
public record Reading(String title, String author, String url) {
}

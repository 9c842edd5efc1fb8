package io.aieducademy.catalogue;

/** A recommended resource for further reading. */
public record Reading(String title, String author, String url) {
}

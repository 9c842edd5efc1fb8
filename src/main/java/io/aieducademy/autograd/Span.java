package io.aieducademy.autograd;

/**
 * Where a piece of a program is: a 1-based line and column and a length, all counted in
 * UTF-16 characters.
 *
 * @param line the line, from 1
 * @param column the column of the first character, from 1
 * @param length how many characters the piece has (it may continue on later lines)
 */
public record Span(int line, int column, int length) {

}

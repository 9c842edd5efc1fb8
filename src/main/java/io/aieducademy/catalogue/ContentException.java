package io.aieducademy.catalogue;

/** A content file that cannot be loaded, with the file, the line and what is wrong. */
public class ContentException extends RuntimeException {

	private final String file;

	private final int line;

	public ContentException(String file, int line, String problem) {
		super(file + (line > 0 ? ":" + line : "") + ": " + problem);
		this.file = file;
		this.line = line;
	}

	public String file() {
		return this.file;
	}

	/** The 1-based line of the problem, or 0 when it concerns the whole file. */
	public int line() {
		return this.line;
	}

}

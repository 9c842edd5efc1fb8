package io.aieducademy.autograd;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An outside program that answers one line for each line it is sent (the PyTorch
 * reference, the export translator), started once for a whole test class so that its
 * start-up is paid once.
 */
final class LineProcess implements AutoCloseable {

	private final Process process;

	private final BufferedWriter in;

	private final BufferedReader out;

	private final Path errors;

	LineProcess(List<String> command) {
		try {
			this.errors = Files.createTempFile("line-process", ".log");
			this.process = new ProcessBuilder(command).redirectError(this.errors.toFile()).start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.in = new BufferedWriter(new OutputStreamWriter(this.process.getOutputStream(), StandardCharsets.UTF_8));
		this.out = new BufferedReader(new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8));
	}

	/**
	 * Whether {@code command} runs and exits with 0 (for example, whether torch imports).
	 */
	static boolean works(String... command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** Sends one line and waits for the one line that answers it. */
	String ask(String line) {
		try {
			this.in.write(line);
			this.in.write('\n');
			this.in.flush();
			String answer = this.out.readLine();
			if (answer == null) {
				throw new IllegalStateException(
						"The process ended without answering: " + Files.readString(this.errors));
			}
			return answer;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() throws IOException, InterruptedException {
		this.in.close();
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
		}
		Files.deleteIfExists(this.errors);
	}

}

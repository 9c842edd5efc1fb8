package io.aieducademy.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium, Debian's, shared by the whole browser suite. Selenium is given
 * the browser and the driver so that it never tries to download either.
 */
final class Browser implements AutoCloseable {

	static final File CHROMIUM = new File("/usr/bin/chromium");

	static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

	// Selenium scrolls an element into view before it clicks; smooth scrolling would move
	// it under the pointer too late. Learners who ask for reduced motion get the same.
	private static final Map<String, String> REDUCED_MOTION = Map.of("name", "prefers-reduced-motion", "value",
			"reduce");

	private final Path profile;

	private final ChromeDriver driver;

	Browser() {
		try {
			this.profile = Files.createTempDirectory("lab-chromium-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-extensions", "--window-size=1280,900", "--user-data-dir=" + this.profile);
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
		resetViewport();
	}

	/** Whether Debian's chromium and chromium-driver packages are installed. */
	static boolean available() {
		return CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
	}

	ChromeDriver driver() {
		return this.driver;
	}

	WebDriverWait await() {
		return new WebDriverWait(this.driver, Duration.ofSeconds(10), Duration.ofMillis(25));
	}

	Object script(String script, Object... args) {
		return ((JavascriptExecutor) this.driver).executeScript(script, args);
	}

	/** The browser console's messages since the last call, at warning level or above. */
	List<String> consoleProblems() {
		return this.driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= Level.WARNING.intValue())
			.map(LogEntry::toString)
			.toList();
	}

	/**
	 * Emulates a viewport width (and a light or dark colour scheme) as a phone or a
	 * desktop would have it.
	 */
	void viewport(int width, int height, boolean dark) {
		this.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
		this.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
				List.of(Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"), REDUCED_MOTION)));
	}

	void resetViewport() {
		this.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		this.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of(REDUCED_MOTION)));
	}

	/**
	 * Opens url in a new tab with JavaScript off, runs check there, and closes the tab.
	 */
	void withoutJavaScript(String url, Runnable check) {
		String original = this.driver.getWindowHandle();
		this.driver.switchTo().newWindow(WindowType.TAB);
		try {
			this.driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
			this.driver.get(url);
			check.run();
		}
		finally {
			this.driver.close();
			this.driver.switchTo().window(original);
		}
	}

	/**
	 * Saves a screenshot of the whole page when -Dlab.screenshots names a folder; for
	 * looking, not asserting.
	 */
	void screenshot(String name) {
		capture(name, true);
	}

	/** The same, of what the viewport shows. */
	void viewportScreenshot(String name) {
		capture(name, false);
	}

	private void capture(String name, boolean wholePage) {
		String folder = System.getProperty("lab.screenshots");
		if (folder == null || folder.isBlank()) {
			return;
		}
		try {
			Path target = Path.of(folder).resolve(name + ".png");
			Files.createDirectories(target.getParent());
			Map<String, Object> shot = this.driver.executeCdpCommand("Page.captureScreenshot",
					Map.of("format", "png", "captureBeyondViewport", wholePage));
			Files.write(target, OutputType.BYTES.convertFromBase64Png((String) shot.get("data")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() throws IOException {
		try {
			this.driver.quit();
		}
		finally {
			try (Stream<Path> files = Files.walk(this.profile)) {
				files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
			}
		}
	}

}

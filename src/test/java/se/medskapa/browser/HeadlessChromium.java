package se.medskapa.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and chromedriver, started once and shared. Both paths are given
 * explicitly, so Selenium Manager never runs (it would try to download a browser and a
 * driver). The profile lives in a fresh folder under {@code TMPDIR} (surefire points it
 * into {@code target/}) and is removed on close.
 */
final class HeadlessChromium implements AutoCloseable {

	static final Path BROWSER = Path.of("/usr/bin/chromium");

	static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	/**
	 * A common laptop screen; tests that need another size set it and the next test gets
	 * this one back.
	 */
	static final Dimension WINDOW = new Dimension(1280, 1024);

	private static final List<String> ARGUMENTS = List.of("--headless=new", "--no-sandbox", "--disable-gpu",
			"--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
			"--no-first-run", "--disable-sync", "--disable-quic", "--disable-extensions", "--disable-default-apps",
			"--no-default-browser-check", "--mute-audio",
			"--window-size=" + WINDOW.getWidth() + "," + WINDOW.getHeight());

	/**
	 * Selenium warns when Debian's Chromium is newer than the DevTools protocol versions
	 * it bundles; the tests use only WebDriver, never DevTools. Held here because
	 * java.util.logging keeps loggers weakly.
	 */
	private static final Logger DEVTOOLS_LOG = Logger.getLogger("org.openqa.selenium.devtools");

	static {
		DEVTOOLS_LOG.setLevel(Level.SEVERE);
	}

	private final ChromeDriver driver;

	private final Path profile;

	private HeadlessChromium(ChromeDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	/**
	 * What is missing to run a browser, one line each; empty when both binaries are
	 * there.
	 */
	static List<String> missingBinaries() {
		List<String> missing = new ArrayList<>();
		for (Path binary : List.of(BROWSER, DRIVER)) {
			if (!Files.isExecutable(binary)) {
				missing.add(binary + " is missing or not executable");
			}
		}
		return missing;
	}

	static HeadlessChromium start() {
		Path profile = createProfileFolder();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BROWSER.toFile());
		options.addArguments(ARGUMENTS);
		options.addArguments("--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
			.usingAnyFreePort()
			// Chromium's caches and settings outside the profile (dconf and the like)
			// stay in the profile too.
			.withEnvironment(Map.of("XDG_CACHE_HOME", profile.resolve("cache").toString(), "XDG_CONFIG_HOME",
					profile.resolve("config").toString()))
			.withLogFile(new File("target/chromedriver.log"))
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
		return new HeadlessChromium(driver, profile);
	}

	ChromeDriver driver() {
		return driver;
	}

	@Override
	public void close() {
		try {
			driver.quit();
		}
		finally {
			deleteRecursively(profile);
		}
	}

	private static Path createProfileFolder() {
		String tmp = System.getenv("TMPDIR");
		Path parent = Path.of(tmp == null || tmp.isBlank() ? System.getProperty("java.io.tmpdir") : tmp);
		try {
			Files.createDirectories(parent);
			return Files.createTempDirectory(parent, "chromium-profile-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot create a Chromium profile folder under " + parent, ex);
		}
	}

	private static void deleteRecursively(Path folder) {
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
		catch (IOException ex) {
			System.err.println("Could not remove the Chromium profile " + folder + ": " + ex.getMessage());
		}
	}

}

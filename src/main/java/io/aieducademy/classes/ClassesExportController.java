package io.aieducademy.classes;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;

import io.aieducademy.accounts.SignedIn;
import io.aieducademy.classes.ClassFigures.LearnerProgress;
import io.aieducademy.classes.ClassFigures.LessonFigures;
import io.aieducademy.classes.ClassFigures.QuickCheckFigures;
import io.aieducademy.classes.ClassFigures.WrongOption;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A class's figures as CSV files for a spreadsheet: one row per quick check, and one row
 * per learner. For the class's teacher only, like its page; cells are protected against
 * formula injection ({@link Csv}).
 */
@Controller
class ClassesExportController {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final Classes classes;

	private final ClassFigureQueries figures;

	private final MessageSource messages;

	ClassesExportController(Classes classes, ClassFigureQueries figures, MessageSource messages) {
		this.classes = classes;
		this.figures = figures;
		this.messages = messages;
	}

	@GetMapping("/classes/{id}/quick-checks.csv")
	ResponseEntity<String> quickChecks(@AuthenticationPrincipal @Nullable SignedIn user, @PathVariable long id,
			Locale locale) {
		return forTeacher(user, id, "quick-checks", (figures) -> {
			Csv csv = headed(locale, "classes.csv.lesson", "classes.csv.quickCheck", "classes.csv.question",
					"classes.csv.answered", "classes.csv.rightFirstTime", "classes.csv.wrongOption",
					"classes.csv.wrongOptionLearners", "classes.csv.mostMissed");
			for (LessonFigures lesson : figures.lessons()) {
				for (QuickCheckFigures check : lesson.quickChecks()) {
					WrongOption wrong = check.mostCommonWrong();
					csv.row(lesson.title(), check.id(), check.question(), check.answered(), check.rightFirstTime(),
							(wrong != null) ? wrong.text() : "", (wrong != null) ? wrong.learners() : 0,
							check.mostMissed() ? text("classes.csv.yes", locale) : "");
				}
			}
			return csv;
		});
	}

	@GetMapping("/classes/{id}/learners.csv")
	ResponseEntity<String> learners(@AuthenticationPrincipal @Nullable SignedIn user, @PathVariable long id,
			Locale locale) {
		return forTeacher(user, id, "learners", (figures) -> {
			Csv csv = headed(locale, "classes.csv.learner", "classes.csv.lessonsCompleted",
					"classes.csv.lessonsAvailable", "classes.csv.quickChecksAnswered", "classes.csv.rightFirstTime");
			for (LearnerProgress learner : figures.learners()) {
				csv.row(learner.username(), learner.lessonsCompleted(), learner.lessonsAvailable(),
						learner.quickChecksAnswered(), learner.rightFirstTime());
			}
			return csv;
		});
	}

	/**
	 * The file {@code what} of the class {@code id}, written from its figures, for its
	 * teacher only: 401 without a signed-in user, and 404 (from {@link Classes#taughtBy})
	 * for a class they do not teach.
	 */
	private ResponseEntity<String> forTeacher(@Nullable SignedIn user, long id, String what,
			Function<ClassFigures, Csv> written) {
		if (user == null) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
		}
		Classroom classroom = this.classes.taughtBy(user, id);
		return file(classroom, what, written.apply(this.figures.of(classroom)));
	}

	/** A file whose first row names its columns: the bundle's messages {@code codes}. */
	private Csv headed(Locale locale, String... codes) {
		return new Csv().row(Arrays.stream(codes).map((code) -> text(code, locale)).toList());
	}

	private String text(String code, Locale locale) {
		return this.messages.getMessage(code, null, locale);
	}

	/**
	 * The file, named by the class's id (not its name, which a user typed):
	 * {@code class-12-learners.csv}.
	 */
	private static ResponseEntity<String> file(Classroom classroom, String what, Csv csv) {
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("class-" + classroom.id() + "-" + what + ".csv")
						.build()
						.toString())
			.header(HttpHeaders.CACHE_CONTROL, ClassesController.NO_STORE)
			.body(csv.toString());
	}

}

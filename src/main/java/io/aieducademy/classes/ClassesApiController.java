package io.aieducademy.classes;

import io.aieducademy.accounts.SignedIn;
import io.aieducademy.classes.ClassesApi.ClassResults;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import static io.aieducademy.json.BundleProblems.refusal;

/**
 * A class's results as JSON, for its teacher: the same figures as the class's page. It
 * needs a signed-in session or the teacher's personal access token (401 without either)
 * and answers 404 for a class the user does not teach; the response is private and never
 * stored.
 */
@RestController
@Tag(name = "Classes", description = "A teacher's view of their classes")
class ClassesApiController {

	private final Classes classes;

	private final ClassFigureQueries figures;

	ClassesApiController(Classes classes, ClassFigureQueries figures) {
		this.classes = classes;
		this.figures = figures;
	}

	@GetMapping("/api/classes/{id}/results")
	@Operation(summary = "A class's results: per lesson and quick check, how many members answered, how many were "
			+ "right first time and the most common wrong option; and each member's progress. For the class's "
			+ "teacher only.")
	@ApiResponse(responseCode = "200", description = "The class's results")
	@ApiResponse(responseCode = "401",
			description = "Neither a signed-in session nor a bearer token; or the token is unknown, revoked or expired",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No class with this id is taught by the signed-in user",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<ClassResults> results(@AuthenticationPrincipal @Nullable SignedIn user, @PathVariable long id) {
		if (user == null) {
			throw refusal(HttpStatus.UNAUTHORIZED, "problem.classes.signIn");
		}
		Classroom classroom;
		try {
			classroom = this.classes.taughtBy(user, id);
		}
		catch (ClassroomNotFoundException ex) {
			throw refusal(HttpStatus.NOT_FOUND, "problem.classes.notFound", id);
		}
		return ResponseEntity.ok()
			.header(HttpHeaders.CACHE_CONTROL, ClassesController.NO_STORE)
			.body(ClassResults.of(classroom, this.figures.of(classroom)));
	}

}

package io.aieducademy.discussion;

import io.aieducademy.accounts.SignedIn;
import io.aieducademy.catalogue.Catalogue;
import io.aieducademy.catalogue.Lesson;
import io.aieducademy.discussion.DiscussionView.PostView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The discussion's JSON API: read a lesson's discussion; post or reply; edit or delete
 * one's own post; hide a post (moderators); report a post. The same rules as the forms
 * ({@link Discussion} decides them for both).
 */
@RestController
@Tag(name = "Discussion", description = "Posts and replies under each lesson")
class DiscussionApiController {

	private static final String PROBLEM = "application/problem+json";

	private final Catalogue catalogue;

	private final Discussion discussion;

	DiscussionApiController(Catalogue catalogue, Discussion discussion) {
		this.catalogue = catalogue;
		this.discussion = discussion;
	}

	/**
	 * A new post or reply.
	 *
	 * @param text what to post: plain text, line breaks kept, addresses become links
	 * @param replyTo the id of the post this replies to, or null for a new post
	 */
	@Schema(description = "A new post, or a reply to a post")
	record NewPost(
			@Schema(description = "Plain text, up to 2,000 characters by default; line breaks are kept, "
					+ "http and https addresses become links, HTML is shown as typed",
					requiredMode = Schema.RequiredMode.REQUIRED,
					example = "Why does the gradient flow backwards?") @Nullable String text,
			@Schema(description = "The id of the post this replies to; a reply to a reply goes under the same post",
					nullable = true) @Nullable Long replyTo) {
	}

	/**
	 * A post's new text.
	 *
	 * @param text the whole new text
	 */
	@Schema(description = "A post's new text")
	record EditedPost(
			@Schema(description = "Plain text, as for a new post", requiredMode = Schema.RequiredMode.REQUIRED,
					example = "Why does the gradient flow backwards, and not forwards?") @Nullable String text) {
	}

	/**
	 * Why a moderator hides a post.
	 *
	 * @param reason the reason its author reads
	 */
	@Schema(description = "Why a post is hidden")
	record Hiding(@Schema(description = "One line that the author reads, up to 300 characters by default",
			requiredMode = Schema.RequiredMode.REQUIRED,
			example = "Off topic: please keep to the lesson.") @Nullable String reason) {
	}

	@GetMapping("/api/lessons/{slug}/discussion")
	@Operation(summary = "Read a page of a lesson's discussion, newest post first, each with its replies",
			description = "Public. Hidden posts come without their text (except for their author and moderators); "
					+ "pages are counted from 0.")
	@ApiResponse(responseCode = "200", description = "The page",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = DiscussionView.class)))
	@ApiResponse(responseCode = "400", description = "The page is not a number from 0",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No published lesson has this slug",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	DiscussionView read(@PathVariable String slug,
			@Parameter(description = "The page, from 0; past the last page, the last page") @RequestParam(
					defaultValue = "0") int page,
			@AuthenticationPrincipal @Nullable SignedIn user) {
		Lesson lesson = this.catalogue.requireLesson(slug);
		if (page < 0) {
			throw new DiscussionException(HttpStatus.BAD_REQUEST, "problem.discussion.badPage");
		}
		return this.discussion.page(lesson.slug(), page, user);
	}

	@PostMapping("/api/lessons/{slug}/discussion")
	@Operation(summary = "Post under a lesson, or reply to a post",
			description = "Needs a signed-in session (the cookie of /signin) or a read-write bearer token; a request "
					+ "from another site is refused. "
					+ "Each account may write a few posts at once, then a steady number per hour.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = "application/json", schema = @Schema(implementation = NewPost.class),
							examples = @ExampleObject(name = "a reply",
									value = "{\"text\": \"See https://example.org\\nfor more.\", \"replyTo\": 1}"))))
	@ApiResponse(responseCode = "201", description = "The post as its author sees it",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = PostView.class)))
	@ApiResponse(responseCode = "400",
			description = "No text, text over the limit, a reply to a post that is not under this lesson, or malformed JSON",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "401",
			description = "Neither signed in nor a bearer token; or the token is unknown, revoked or expired",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "403", description = "A request from another site, or a read-only bearer token",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No published lesson has this slug",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "429", description = "This account writes too fast; see Retry-After",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<PostView> post(@PathVariable String slug, @RequestBody NewPost request,
			@AuthenticationPrincipal @Nullable SignedIn user) {
		Lesson lesson = this.catalogue.requireLesson(slug);
		if (user == null) {
			throw new DiscussionException(HttpStatus.UNAUTHORIZED, "problem.discussion.signIn");
		}
		String text = request.text();
		Post post = this.discussion.post(lesson.slug(), user, (text != null) ? text : "", request.replyTo());
		return ResponseEntity.status(HttpStatus.CREATED).body(this.discussion.view(post, user));
	}

	@PutMapping("/api/lessons/{slug}/discussion/{postId}")
	@Operation(summary = "Edit your own post or reply",
			description = "Needs a signed-in session; only the author, and only while the edit window lasts "
					+ "(15 minutes after posting by default; editableUntil in the post says until when). "
					+ "A hidden post cannot be edited.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = "application/json",
							schema = @Schema(implementation = EditedPost.class))))
	@ApiResponse(responseCode = "200", description = "The post as its author now sees it",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = PostView.class)))
	@ApiResponse(responseCode = "400", description = "No text, text over the limit, or malformed JSON",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "401", description = "Not signed in",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "403",
			description = "Not the author, the edit window is over, the post is hidden, or a request from another site",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No such lesson, or no such post under it",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "429", description = "This account writes too fast; see Retry-After",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	PostView edit(@PathVariable String slug, @PathVariable long postId, @RequestBody EditedPost request,
			@AuthenticationPrincipal @Nullable SignedIn user) {
		SignedIn author = signedIn(user);
		underLesson(slug, postId);
		String text = request.text();
		return this.discussion.view(this.discussion.edit(postId, author, (text != null) ? text : ""), author);
	}

	@DeleteMapping("/api/lessons/{slug}/discussion/{postId}")
	@Operation(summary = "Delete your own post or reply",
			description = "Needs a signed-in session; only the author. A post with replies stays as an empty "
					+ "\"deleted\" post so that its replies keep their place.")
	@ApiResponse(responseCode = "204", description = "Deleted")
	@ApiResponse(responseCode = "401", description = "Not signed in",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "403", description = "Not the author, or a request from another site",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No such lesson, or no such post under it",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<Void> delete(@PathVariable String slug, @PathVariable long postId,
			@AuthenticationPrincipal @Nullable SignedIn user) {
		SignedIn author = signedIn(user);
		underLesson(slug, postId);
		this.discussion.delete(postId, author);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/lessons/{slug}/discussion/{postId}/hide")
	@Operation(summary = "Hide a post, with a reason its author reads (moderators and administrators)",
			description = "Needs a signed-in session of a moderator or an administrator. The post keeps its place "
					+ "without its text; its author and moderators still read it, with the reason.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = "application/json",
							schema = @Schema(implementation = Hiding.class))))
	@ApiResponse(responseCode = "200", description = "The post as the moderator now sees it",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = PostView.class)))
	@ApiResponse(responseCode = "400", description = "No reason, a reason over the limit, or malformed JSON",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "401", description = "Not signed in",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "403", description = "Not a moderator, or a request from another site",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No such lesson, or no such post under it",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	PostView hide(@PathVariable String slug, @PathVariable long postId, @RequestBody Hiding request,
			@AuthenticationPrincipal @Nullable SignedIn user) {
		SignedIn moderator = signedIn(user);
		underLesson(slug, postId);
		String reason = request.reason();
		return this.discussion.view(this.discussion.hide(postId, moderator, (reason != null) ? reason : ""), moderator);
	}

	@PostMapping("/api/lessons/{slug}/discussion/{postId}/report")
	@Operation(summary = "Report a post to the moderators",
			description = "Needs a signed-in session. Each account reports a post once; moderators see how many "
					+ "reports each post has.")
	@ApiResponse(responseCode = "204", description = "Reported")
	@ApiResponse(responseCode = "401", description = "Not signed in",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "403", description = "A request from another site",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No such lesson, or no such post under it",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409", description = "This account has reported this post already",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "429", description = "This account writes too fast; see Retry-After",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<Void> report(@PathVariable String slug, @PathVariable long postId,
			@AuthenticationPrincipal @Nullable SignedIn user) {
		SignedIn reporter = signedIn(user);
		underLesson(slug, postId);
		if (!this.discussion.report(postId, reporter)) {
			throw new DiscussionException(HttpStatus.CONFLICT, "problem.discussion.reportedAlready");
		}
		return ResponseEntity.noContent().build();
	}

	// 401 before anything else, so that a visitor learns nothing about which posts exist
	private static SignedIn signedIn(@Nullable SignedIn user) {
		if (user == null) {
			throw new DiscussionException(HttpStatus.UNAUTHORIZED, "problem.discussion.signIn");
		}
		return user;
	}

	/** 404 unless the lesson is published and the post is under it. */
	private void underLesson(String slug, long postId) {
		Lesson lesson = this.catalogue.requireLesson(slug);
		if (!this.discussion.find(postId).lessonSlug().equals(lesson.slug())) {
			throw new DiscussionException(HttpStatus.NOT_FOUND, "problem.discussion.noSuchPost", postId);
		}
	}

}

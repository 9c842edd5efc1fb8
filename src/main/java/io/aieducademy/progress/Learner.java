package io.aieducademy.progress;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * The learner behind one request: known by their cookie, or not known yet. Handlers take
 * it as a method argument; it is resolved once per request. Reading never creates a
 * learner; only {@link #idOrCreate()}, on a learner's first write, does.
 */
public final class Learner {

	private @Nullable UUID id;

	private final Supplier<UUID> creator;

	Learner(@Nullable UUID id, Supplier<UUID> creator) {
		this.id = id;
		this.creator = creator;
	}

	/** The learner's id, if their browser sent one. */
	public Optional<UUID> id() {
		return Optional.ofNullable(this.id);
	}

	/** The learner's id, or null for someone who has not answered anything yet. */
	public @Nullable UUID idOrNull() {
		return this.id;
	}

	/** The learner's id, issuing a new one (and its cookie) if they have none. */
	public UUID idOrCreate() {
		UUID known = this.id;
		if (known == null) {
			known = this.creator.get();
			this.id = known;
		}
		return known;
	}

}

package io.aieducademy.classes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.aieducademy.catalogue.Catalogue;
import io.aieducademy.catalogue.Lesson;
import io.aieducademy.catalogue.LessonBlock.QuickCheck;
import io.aieducademy.classes.ClassFigures.LearnerProgress;
import io.aieducademy.classes.ClassFigures.LessonFigures;
import io.aieducademy.classes.ClassFigures.QuickCheckFigures;
import io.aieducademy.classes.ClassFigures.WrongOption;

import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes a class's figures with three queries, whatever the number of members: the
 * members, all their answer attempts (in the order given), and all their completions. The
 * attempts are read as four columns, not as entities, and counted here.
 */
@Component
class ClassFigureQueries {

	private final EntityManager entities;

	private final ClassMembershipRepository memberships;

	private final Catalogue catalogue;

	ClassFigureQueries(EntityManager entities, ClassMembershipRepository memberships, Catalogue catalogue) {
		this.entities = entities;
		this.memberships = memberships;
		this.catalogue = catalogue;
	}

	@Transactional(readOnly = true)
	ClassFigures of(Classroom classroom) {
		List<Member> members = this.memberships.findMembers(classroom.id());
		if (members.isEmpty()) {
			return new ClassFigures(List.of(), List.of(), null);
		}
		Set<UUID> learnerIds = new HashSet<>();
		members.forEach((member) -> learnerIds.add(member.learnerId()));
		// per quick check, per learner: every choice in the order given
		Map<String, Map<UUID, List<Attempt>>> answers = new HashMap<>();
		for (Object[] row : this.entities
			.createQuery("select a.learnerId, a.quickCheckId, a.choice, a.correct from AnswerAttempt a"
					+ " where a.learnerId in :learners order by a.id", Object[].class)
			.setParameter("learners", learnerIds)
			.getResultList()) {
			answers.computeIfAbsent((String) row[1], (id) -> new HashMap<>())
				.computeIfAbsent((UUID) row[0], (id) -> new ArrayList<>())
				.add(new Attempt((Integer) row[2], (Boolean) row[3]));
		}
		Map<String, Set<UUID>> completions = new HashMap<>();
		for (Object[] row : this.entities
			.createQuery("select c.learnerId, c.lessonSlug from Completion c where c.learnerId in :learners",
					Object[].class)
			.setParameter("learners", learnerIds)
			.getResultList()) {
			completions.computeIfAbsent((String) row[1], (slug) -> new HashSet<>()).add((UUID) row[0]);
		}
		List<LessonFigures> lessons = lessons(answers, completions);
		QuickCheckFigures mostMissed = mostMissed(lessons);
		if (mostMissed != null) {
			lessons = lessons.stream().map((lesson) -> marked(lesson, mostMissed.id())).toList();
		}
		return new ClassFigures(learners(members, answers, completions), lessons, mostMissed);
	}

	private List<LessonFigures> lessons(Map<String, Map<UUID, List<Attempt>>> answers,
			Map<String, Set<UUID>> completions) {
		List<LessonFigures> lessons = new ArrayList<>();
		for (Lesson lesson : this.catalogue.lessons().values()) {
			Set<UUID> answeredLesson = new HashSet<>();
			List<QuickCheckFigures> checks = new ArrayList<>();
			for (QuickCheck check : lesson.quickChecks()) {
				Map<UUID, List<Attempt>> byLearner = answers.getOrDefault(check.id(), Map.of());
				answeredLesson.addAll(byLearner.keySet());
				checks.add(figures(lesson, check, byLearner.values()));
			}
			Set<UUID> completed = completions.getOrDefault(lesson.slug(), Set.of());
			if (!answeredLesson.isEmpty() || !completed.isEmpty()) {
				lessons.add(new LessonFigures(lesson.slug(), lesson.programSlug(), lesson.title(),
						answeredLesson.size(), completed.size(), checks));
			}
		}
		return lessons;
	}

	private static QuickCheckFigures figures(Lesson lesson, QuickCheck check, Collection<List<Attempt>> byLearner) {
		int rightFirstTime = 0;
		Map<Integer, Integer> wrongChoosers = new LinkedHashMap<>();
		for (List<Attempt> attempts : byLearner) {
			if (attempts.get(0).correct()) {
				rightFirstTime++;
			}
			attempts.stream()
				.filter((attempt) -> !attempt.correct() && check.isChoice(attempt.choice()))
				.map(Attempt::choice)
				.distinct()
				.forEach((choice) -> wrongChoosers.merge(choice, 1, Integer::sum));
		}
		WrongOption wrong = wrongChoosers.entrySet()
			.stream()
			.max(Comparator.comparingInt((Map.Entry<Integer, Integer> entry) -> entry.getValue())
				.thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
			.map((entry) -> new WrongOption(entry.getKey(), check.options().get(entry.getKey()).text(),
					entry.getValue()))
			.orElse(null);
		return new QuickCheckFigures(check.id(), lesson.title(), check.question(), byLearner.size(), rightFirstTime,
				wrong, false);
	}

	/**
	 * The quick check most members got wrong the first time; of those equally missed, the
	 * one with the smallest share right first time, then the first in the catalogue.
	 */
	private static @Nullable QuickCheckFigures mostMissed(List<LessonFigures> lessons) {
		QuickCheckFigures most = null;
		for (LessonFigures lesson : lessons) {
			for (QuickCheckFigures check : lesson.quickChecks()) {
				if (check.wrongFirstTime() > 0 && (most == null || check.wrongFirstTime() > most.wrongFirstTime()
						|| (check.wrongFirstTime() == most.wrongFirstTime() && (long) check.rightFirstTime()
								* most.answered() < (long) most.rightFirstTime() * check.answered()))) {
					most = check;
				}
			}
		}
		return (most != null) ? new QuickCheckFigures(most.id(), most.lessonTitle(), most.question(), most.answered(),
				most.rightFirstTime(), most.mostCommonWrong(), true) : null;
	}

	private static LessonFigures marked(LessonFigures lesson, String mostMissedId) {
		return new LessonFigures(lesson.slug(), lesson.programSlug(), lesson.title(), lesson.answered(),
				lesson.completed(),
				lesson.quickChecks()
					.stream()
					.map((check) -> check.id().equals(mostMissedId)
							? new QuickCheckFigures(check.id(), check.lessonTitle(), check.question(), check.answered(),
									check.rightFirstTime(), check.mostCommonWrong(), true)
							: check)
					.toList());
	}

	private List<LearnerProgress> learners(List<Member> members, Map<String, Map<UUID, List<Attempt>>> answers,
			Map<String, Set<UUID>> completions) {
		Map<String, Lesson> available = this.catalogue.lessons();
		Map<UUID, int[]> counts = new HashMap<>();
		answers.forEach((checkId, byLearner) -> {
			if (this.catalogue.lessonOfQuickCheck(checkId).isPresent()) {
				byLearner.forEach((learner, attempts) -> {
					int[] count = counts.computeIfAbsent(learner, (id) -> new int[3]);
					count[0]++;
					count[1] += attempts.get(0).correct() ? 1 : 0;
				});
			}
		});
		completions.forEach((slug, learners) -> {
			if (available.containsKey(slug)) {
				learners.forEach((learner) -> counts.computeIfAbsent(learner, (id) -> new int[3])[2]++);
			}
		});
		return members.stream().map((member) -> {
			int[] count = counts.getOrDefault(member.learnerId(), new int[3]);
			return new LearnerProgress(member.username(), count[2], available.size(), count[0], count[1]);
		}).toList();
	}

	private record Attempt(int choice, boolean correct) {
	}

}

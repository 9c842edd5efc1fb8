package io.aieducademy.classes;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the classes feature, set with {@code aieducademy.classes.*} properties. A
 * value below 1 (or a name limit above 200, the column's width) stops start-up with the
 * property's name.
 *
 * @param nameMaxLength the longest class name, in characters (default 80)
 * @param classesPerTeacher how many classes one account may teach (default 20)
 * @param membersPerClass how many learners one class may have (default 200: the class
 * page reads every member's answers in one query)
 * @param classesPerMember how many classes one account may belong to (default 50)
 * @param joinBurst how many join attempts, right or wrong, one account may make at once
 * (default 5)
 * @param joinPerHour how many join attempts one account may make per hour after that
 * (default 20: with 30^10 possible codes, guessing one takes longer than anyone lives)
 * @param maxTrackedAccounts how many accounts' join buckets are remembered (default
 * 10000)
 */
@ConfigurationProperties("aieducademy.classes")
@Validated
public record ClassesProperties(@DefaultValue("80") @Positive @Max(200) int nameMaxLength,
		@DefaultValue("20") @Positive int classesPerTeacher, @DefaultValue("200") @Positive int membersPerClass,
		@DefaultValue("50") @Positive int classesPerMember, @DefaultValue("5") @Positive int joinBurst,
		@DefaultValue("20") @Positive int joinPerHour, @DefaultValue("10000") @Positive int maxTrackedAccounts) {

}

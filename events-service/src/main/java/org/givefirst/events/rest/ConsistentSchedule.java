package org.givefirst.events.rest;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDateTime;
import org.givefirst.events.domain.EventSchedule;

/**
 * Start and end must exist in the time zone and the end must come after the start
 * ({@link EventSchedule#check}); the violation names the field at fault ({@code start} or {@code end}).
 * Missing values and an unknown zone are left to their own constraints.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ConsistentSchedule.Validator.class)
public @interface ConsistentSchedule {

    String message() default "is not a possible schedule";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** A request that plans a start and end in a time zone. */
    interface Planned {
        LocalDateTime start();

        LocalDateTime end();

        String timeZone();
    }

    class Validator implements ConstraintValidator<ConsistentSchedule, Planned> {
        @Override
        public boolean isValid(Planned value, ConstraintValidatorContext context) {
            if (value == null || value.start() == null || value.end() == null || !EventSchedule.isIanaZone(value.timeZone())) {
                return true;
            }
            return EventSchedule.check(value.start(), value.end(), value.timeZone())
                    .map(problem -> {
                        context.disableDefaultConstraintViolation();
                        context.buildConstraintViolationWithTemplate(problem.message())
                                .addPropertyNode(problem.field())
                                .addConstraintViolation();
                        return false;
                    })
                    .orElse(true);
        }
    }
}

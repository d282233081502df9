package org.givefirst.platform.paging;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A page size given as a query parameter: a whole number from 1 to {@value #MAX}, or absent
 * ({@value #DEFAULT}). Taken as text so that {@code limit=ten} is a 400 naming {@code limit}.
 */
@Documented
@Constraint(validatedBy = PageLimit.Validator.class)
@Target({ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface PageLimit {

    int DEFAULT = 20;
    int MAX = 100;

    String message() default "must be a whole number from 1 to " + MAX;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Reads a parameter that passed validation. */
    final class Value {
        private Value() {
        }

        /** The page size a valid (or absent) parameter asks for. */
        public static int of(String value) {
            return value == null || value.isBlank() ? DEFAULT : Integer.parseInt(value.strip());
        }
    }

    class Validator implements ConstraintValidator<PageLimit, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            String v = value.strip();
            if (!v.matches("[0-9]{1,4}")) {
                return false;
            }
            int n = Integer.parseInt(v);
            return n >= 1 && n <= MAX;
        }
    }
}

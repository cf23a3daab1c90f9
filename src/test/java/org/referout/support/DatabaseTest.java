package org.referout.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that must hold on both databases: runs on H2 in the default surefire execution and again on
 * PostgreSQL in the {@code postgresql} execution (tag {@code db}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("db")
@ExtendWith(PostgresqlAvailable.class)
@ReferOutTest
public @interface DatabaseTest {
}

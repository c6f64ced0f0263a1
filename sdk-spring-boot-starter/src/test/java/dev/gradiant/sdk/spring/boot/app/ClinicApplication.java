package dev.gradiant.sdk.spring.boot.app;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/** A Spring Boot application that receives Gradiant webhooks: the starter does the rest. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({WebhookController.class, ReceivedEvents.class})
public class ClinicApplication {}

# syntax=docker/dockerfile:1
# AI Educademy for Java: build with the Maven wrapper on a JDK image, run on a JRE image as a non-root user.
# The base images are build arguments so that a mirror (or a local stand-in) can replace them;
# scripts/container-smoke-test.sh builds and checks this file with podman. docs/self-hosting-container.md
# explains the choices and gives the measurements.
ARG BUILD_IMAGE=eclipse-temurin:17-jdk
ARG RUNTIME_IMAGE=eclipse-temurin:17-jre

FROM ${BUILD_IMAGE} AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src/ src/
COPY docker/HealthCheck.java docker/
# The tests run in CI, not here. Spring Boot's layered extraction (without the launcher) gives app.jar with its
# libraries in lib/, split by how often they change, which is also the layout that class data sharing needs.
RUN ./mvnw -B -q package -Dmaven.test.skip=true \
 && java -Djarmode=tools -jar target/ai-educademy-*.jar extract --layers --destination /layers \
      --application-filename app.jar \
 && mkdir -p /layers/dependencies /layers/spring-boot-loader /layers/snapshot-dependencies /layers/application \
 && javac --release 17 -d /healthcheck docker/HealthCheck.java

FROM ${RUNTIME_IMAGE}
# A fixed numeric user, so that an orchestrator can check it is not root (runAsNonRoot) and a host folder
# mounted at /data can be given to it: chown 10001:10001 <folder>.
RUN groupadd --system --gid 10001 app \
 && useradd --system --uid 10001 --gid app --home-dir /app --no-create-home --shell /usr/sbin/nologin app \
 && mkdir -p /app /data && chown app:app /data
WORKDIR /app
# One layer per Spring Boot layer, least often changed first.
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
COPY --from=build /healthcheck/ /healthcheck/
# Class data sharing: a training run that starts the application context and exits records the classes it
# loaded in app.jsa, which every later start maps instead of loading and verifying them again. It must be made
# by this image's JVM with this classpath, so it is made here; its scratch database goes away with it.
RUN AIEDUCADEMY_DATA_DIR=/tmp/cds-training java -XX:ArchiveClassesAtExit=/app/app.jsa \
      -Dspring.context.exit=onRefresh -jar /app/app.jar >/tmp/cds-training.log 2>&1 \
      || { cat /tmp/cds-training.log; exit 1; } \
 && rm -rf /tmp/* \
 && chmod 0444 /app/app.jsa
USER 10001:10001
# Heap up to 75% of the container's memory limit, and stop at once on OutOfMemoryError so the container is
# restarted rather than left limping. JAVA_TOOL_OPTIONS can be overridden with `-e` at run time.
ENV AIEDUCADEMY_DATA_DIR=/data \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
VOLUME ["/data"]
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s --retries=3 \
  CMD ["java", "-XX:TieredStopAtLevel=1", "-Xss256k", "-XX:MaxRAMPercentage=5", "-cp", "/healthcheck", "HealthCheck"]
# Exec form: java is PID 1 and receives SIGTERM itself, then shuts down gracefully (server.shutdown=graceful).
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/app.jsa", "-jar", "/app/app.jar"]

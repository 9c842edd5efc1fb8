# syntax=docker/dockerfile:1
# AI Educademy for Java: build with the Maven wrapper on a JDK image, run on a JRE image as a non-root user.
# The base images are build arguments so that a mirror (or a local stand-in) can replace them.
ARG BUILD_IMAGE=eclipse-temurin:17-jdk
ARG RUNTIME_IMAGE=eclipse-temurin:17-jre

FROM ${BUILD_IMAGE} AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src/ src/
COPY docker/HealthCheck.java docker/
RUN ./mvnw -B -q package -DskipTests \
 && java -Djarmode=tools -jar target/ai-educademy-*.jar extract --layers --launcher --destination /extracted \
 && javac -d /extracted/healthcheck docker/HealthCheck.java

FROM ${RUNTIME_IMAGE}
RUN groupadd --system app && useradd --system --gid app --home-dir /app --shell /usr/sbin/nologin app \
 && mkdir -p /app /data && chown app:app /data
WORKDIR /app
COPY --from=build /extracted/dependencies/ ./
COPY --from=build /extracted/spring-boot-loader/ ./
COPY --from=build /extracted/snapshot-dependencies/ ./
COPY --from=build /extracted/application/ ./
COPY --from=build /extracted/healthcheck/ /healthcheck/
USER app
ENV AIEDUCADEMY_DATA_DIR=/data \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
VOLUME ["/data"]
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s --retries=3 \
  CMD ["java", "-XX:TieredStopAtLevel=1", "-Xss256k", "-XX:MaxRAMPercentage=5", "-cp", "/healthcheck", "HealthCheck"]
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]

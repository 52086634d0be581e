# syntax=docker/dockerfile:1
# Builds the service from this repository and runs it as a non-root user.
# docker-compose.yml uses it; on its own: docker build -t scholargate-assistant .

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY . .
RUN --mount=type=cache,target=/root/.m2 mvn -B -ntp -DskipTests package

FROM eclipse-temurin:17-jre
RUN apt-get update \
	&& apt-get install -y --no-install-recommends curl \
	&& rm -rf /var/lib/apt/lists/* \
	&& groupadd --system --gid 10001 scholargate \
	&& useradd --system --uid 10001 --gid scholargate --home-dir /app --shell /usr/sbin/nologin scholargate
WORKDIR /app
COPY --from=build /build/assistant-service/target/scholargate-assistant.jar /tmp/scholargate-assistant.jar
# Unpacks the jar and records a class-data sharing archive of the classes that start-up loads (one
# start that exits once the context is ready), so that each container starts faster.
RUN java -Djarmode=tools -jar /tmp/scholargate-assistant.jar extract --destination /app/service \
	&& rm /tmp/scholargate-assistant.jar \
	&& java -XX:ArchiveClassesAtExit=/app/service/application.jsa -Dspring.context.exit=onRefresh \
		-jar /app/service/scholargate-assistant.jar --server.port=0
USER 10001:10001
EXPOSE 8080
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
# Readiness, not overall health: the service answers without Redis, so a Redis outage
# must not mark the replica unhealthy.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
	CMD curl -fsS http://127.0.0.1:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/service/application.jsa", "-jar", "/app/service/scholargate-assistant.jar"]

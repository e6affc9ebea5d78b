@echo off
rem nianbao: the reviewers' command-line checker (nianbao-cli.jar) with start-up-oriented JVM options:
rem the quick compiler only, the serial collector, a bounded heap, and the class-data archive
rem nianbao-cli.jsa next to the jar when there is one (see the shell script nianbao and README, Speed).
setlocal
set "DIR=%~dp0"
set "JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
set "OPTS=-Xmx256m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto"
if exist "%DIR%nianbao-cli.jsa" set "OPTS=%OPTS% -XX:SharedArchiveFile=%DIR%nianbao-cli.jsa -Xlog:cds=off -Xlog:cds+dynamic=off"
"%JAVA%" %OPTS% %NIANBAO_JAVA_OPTS% -jar "%DIR%nianbao-cli.jar" %*
exit /b %ERRORLEVEL%

@echo off
rem The Backprop Lab command line in the installed app (Windows): the app's own runtime as
rem Node (ELECTRON_RUN_AS_NODE), as VS Code's code.cmd does, running the CLI built into the app.
rem Add this folder (resources\bin of the installation) to PATH to type backprop-lab anywhere.
setlocal
set ELECTRON_RUN_AS_NODE=1
"%~dp0..\..\Backprop Lab.exe" "%~dp0..\app.asar\out\main\cli.js" %*
endlocal

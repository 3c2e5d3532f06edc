"""The farshlab version, read by the build backend and by :mod:`farshlab`."""

__version__ = "0.1.0"

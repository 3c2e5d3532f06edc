"""
The classroom's ``jupyterhub_config.py``: accounts, authenticator, spawner, proxy and service.

* **Listening:** the proxy on ``Classroom.ip`` (127.0.0.1, this computer only, unless ``--ip``)
  and ``Classroom.port``; the hub's own API and the proxy's API on 127.0.0.1 only.
* **Accounts:** ``allowed_users`` are the instructor and the roster's trainees; the instructor is
  the hub's admin.
* **Log-in:** ``pam`` (each account's own Unix password; ``up`` generates them and shows them
  once) or ``shared`` (JupyterHub's ``SharedPasswordAuthenticator``: one password for every
  trainee, at least 8 characters, and the instructor's own, at least 32).
* **Servers:** JupyterHub's ``LocalProcessSpawner``, so every server runs as its account's Unix
  user (nbgrader names submissions after it), from the system-wide environment, opening
  JupyterLab in the account's home, with ``FARSHLAB_LANG`` set to the course's language and
  the classroom's shared Jupyter folder on ``JUPYTER_CONFIG_PATH`` (the exchange).
* **Service:** ``farshlab-classroom``, with an API token kept in the state folder, for
  ``farshlab classroom status`` and scripts (list users, start and stop servers).
* **Home page:** JupyterHub's own (:data:`HOME_TEMPLATE` extends it, from the state folder's
  ``templates/``), with a link to the cohort report for the instructor only, in the course's
  language: the instructor's server serves ``~/course/reports/cohort.html``, which a trainee's
  log-in cannot reach (the hub gives each account access to its own server only).

Functions
---------
hub_config_text
    The configuration file's text.

Constants
---------
AUTHENTICATORS
    The log-ins ``up`` offers (``pam`` first, the default).
SERVICE_SCOPES
    What the ``farshlab-classroom`` service may do.
HOME_TEMPLATE
    The hub's home page (a Jinja template extending JupyterHub's ``home.html``).
"""

from __future__ import annotations

from farshlab.classroom.environment import environment_command
from farshlab.classroom.settings import Classroom
from farshlab.locale import RIGHT_TO_LEFT, message

__all__ = [
    "AUTHENTICATORS",
    "HOME_TEMPLATE",
    "SERVICE_NAME",
    "SERVICE_SCOPES",
    "TEMPLATES_NAME",
    "hub_config_text",
]

#: How accounts log in: ``pam`` (own Unix passwords) or ``shared`` (one trainees' password).
AUTHENTICATORS = ("pam", "shared")
SERVICE_NAME = "farshlab-classroom"
SERVICE_SCOPES = (
    "admin:users",
    "admin:servers",
    "access:servers",
    "tokens",
    "list:users",
    "read:users",
    "shutdown",
)
#: The state folder's folder of page templates (``c.JupyterHub.template_paths``).
TEMPLATES_NAME = "templates"
#: The hub's ``home.html``: JupyterHub's page, and for the instructor the cohort report's link
#: (``farshlab_report`` comes from ``c.JupyterHub.template_vars``; the hub escapes every value).
HOME_TEMPLATE = """\
{#- Written by `farshlab classroom up`: JupyterHub's home page; the instructor's cohort report. -#}
{% extends "templates/home.html" %}
{% block main %}
  {{ super() }}
  {% if user and user.name == farshlab_report.instructor %}
    <div class="container mt-4" lang="{{ farshlab_report.lang }}" dir="{{ farshlab_report.dir }}">
      <div class="text-center">
        <a id="farshlab-cohort-report" role="button" class="btn btn-lg btn-outline-primary"
           href="{{ user.url }}{{ farshlab_report.file }}">{{ farshlab_report.label }}</a>
        <p class="mt-2 text-muted">{{ farshlab_report.about }}</p>
      </div>
    </div>
  {% endif %}
{% endblock main %}
"""


def hub_config_text(
    room: Classroom,
    token: str,
    auth: str = "pam",
    user_password: str = "",
    admin_password: str = "",
) -> str:
    """
    Return the text of the classroom's ``jupyterhub_config.py``.

    Parameters
    ----------
    room : Classroom
        The classroom.
    token : str
        The API token of the ``farshlab-classroom`` service.
    auth : {"pam", "shared"}
        How accounts log in.
    user_password, admin_password : str
        With ``auth="shared"``: the trainees' shared password and the instructor's.

    Examples
    --------
    >>> from pathlib import Path
    >>> room = Classroom(Path("/srv/c"), "instructor", ("t01",), "fa", "127.0.0.1", 8000,
    ...                  Path("/srv/x"), Path("/opt/env"), 8081, 8001, Path("/work"))
    >>> text = hub_config_text(room, "secret")
    >>> "c.Authenticator.allowed_users = {'instructor', 't01'}" in text
    True
    >>> "'FARSHLAB_LANG': 'fa'" in text
    True
    >>> "c.JupyterHub.template_paths = ['/srv/c/templates']" in text
    True
    >>> "'file': 'files/course/reports/cohort.html'" in text
    True
    >>> compile(text, "jupyterhub_config.py", "exec") is not None
    True
    """
    if auth not in AUTHENTICATORS:
        raise ValueError(f"auth must be one of {AUTHENTICATORS}, got {auth!r}")
    singleuser = environment_command(room.environment, "jupyterhub-singleuser")
    bin_dir = singleuser.parent
    users = sorted(room.accounts)
    report = {
        "instructor": room.instructor,
        "file": f"files/{room.cohort_report_file}",
        "label": message("classroom.hub.report", room.lang),
        "about": message("classroom.hub.report_about", room.lang),
        "lang": room.lang,
        "dir": "rtl" if room.lang in RIGHT_TO_LEFT else "ltr",
    }
    lines = [
        "# Written by `farshlab classroom up`; it writes it again on every start.",
        "c = get_config()  # noqa: F821",
        f"c.JupyterHub.ip = {room.ip!r}",
        f"c.JupyterHub.port = {room.port!r}",
        "c.JupyterHub.hub_ip = '127.0.0.1'",
        f"c.JupyterHub.hub_port = {room.hub_port!r}",
        f"c.ConfigurableHTTPProxy.api_url = 'http://127.0.0.1:{room.proxy_api_port}'",
        "c.ConfigurableHTTPProxy.command = ['configurable-http-proxy']",
        f"c.ConfigurableHTTPProxy.pid_file = {str(room.path('jupyterhub-proxy.pid'))!r}",
        f"c.JupyterHub.db_url = {'sqlite:///' + str(room.path('jupyterhub.sqlite'))!r}",
        f"c.JupyterHub.cookie_secret_file = {str(room.path('jupyterhub_cookie_secret'))!r}",
        f"c.JupyterHub.pid_file = {str(room.path('jupyterhub.pid'))!r}",
        "c.JupyterHub.cleanup_servers = True",
        "c.JupyterHub.cleanup_proxy = True",
        f"c.JupyterHub.template_paths = [{str(room.path(TEMPLATES_NAME))!r}]",
        f"c.JupyterHub.template_vars = {{'farshlab_report': {report!r}}}",
        "c.Authenticator.allowed_users = {" + ", ".join(repr(u) for u in users) + "}",
        f"c.Authenticator.admin_users = {{{room.instructor!r}}}",
        "c.Spawner.default_url = '/lab'",
        "c.Spawner.notebook_dir = '~'",
        f"c.Spawner.cmd = [{str(singleuser)!r}]",
        "c.Spawner.args = ['--LabApp.custom_css=True']",
        "c.Spawner.start_timeout = 120",
        "c.Spawner.http_timeout = 90",
        "c.Spawner.environment = {",
        f"    'FARSHLAB_LANG': {room.lang!r},",
        "    'LANG': 'C.UTF-8',",
        f"    'JUPYTER_CONFIG_PATH': {str(room.shared_config)!r},",
        f"    'PATH': {str(bin_dir) + ':/usr/local/bin:/usr/bin:/bin'!r},",
        "}",
        "c.JupyterHub.services = [",
        f"    {{'name': {SERVICE_NAME!r}, 'api_token': {token!r}}},",
        "]",
        "c.JupyterHub.load_roles = [",
        f"    {{'name': {SERVICE_NAME!r}, 'services': [{SERVICE_NAME!r}],",
        f"     'scopes': {list(SERVICE_SCOPES)!r}}},",
        "]",
    ]
    if auth == "pam":
        lines.append("c.JupyterHub.authenticator_class = 'pam'")
        lines.append("c.PAMAuthenticator.open_sessions = False")
    else:
        lines.append("c.JupyterHub.authenticator_class = 'shared-password'")
        lines.append(f"c.SharedPasswordAuthenticator.user_password = {user_password!r}")
        lines.append(f"c.SharedPasswordAuthenticator.admin_password = {admin_password!r}")
    return "\n".join(lines) + "\n"

# A throwaway JupyterHub for the provisioning tests and the benchmark: only its REST API is
# used, so no proxy and no single-user servers. Everything comes from the environment:
#   TESTHUB_PORT   loopback port of the hub (the API is at http://127.0.0.1:PORT/hub/api)
#   TESTHUB_DIR    folder for its sqlite file, cookie secret and pid file (put it on /dev/shm)
#   TESTHUB_TOKEN  the API token of the "academy" service (8 characters or more)
#   TESTHUB_SCOPES comma-separated scopes for that token (default: what provisioning needs)
#   TESTHUB_ADMINS comma-separated hub administrators to create at start (default: none)
import os

from jupyterhub.proxy import Proxy


class NoProxy(Proxy):
    """Keeps routes in memory. The stock proxy with should_start=False still asks a running
    proxy for its routes at start and makes the hub exit when none answers."""

    should_start = False
    _routes = {}

    async def add_route(self, routespec, target, data):
        self._routes[routespec] = {"routespec": routespec, "target": target, "data": data}

    async def delete_route(self, routespec):
        self._routes.pop(routespec, None)

    async def get_all_routes(self):
        return dict(self._routes)


c = get_config()  # noqa: F821 (provided by JupyterHub when it loads this file)
state = os.environ["TESTHUB_DIR"]
c.JupyterHub.proxy_class = NoProxy
c.JupyterHub.authenticator_class = "dummy"
c.Authenticator.allow_all = True
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = int(os.environ["TESTHUB_PORT"])
c.JupyterHub.ip = "127.0.0.1"
c.JupyterHub.port = 0
c.JupyterHub.db_url = f"sqlite:///{state}/jupyterhub.sqlite"
c.JupyterHub.cookie_secret_file = f"{state}/cookie_secret"
c.JupyterHub.pid_file = f"{state}/jupyterhub.pid"
c.JupyterHub.log_level = "WARN"
c.JupyterHub.cleanup_servers = False
scopes = os.environ.get(
    "TESTHUB_SCOPES", "admin:users,admin:groups,list:users,list:groups,read:hub,servers"
)
admins = [a for a in os.environ.get("TESTHUB_ADMINS", "").split(",") if a]
if admins:
    c.Authenticator.admin_users = set(admins)
c.JupyterHub.services = [{"name": "academy", "api_token": os.environ["TESTHUB_TOKEN"]}]
c.JupyterHub.load_roles = [
    {
        "name": "academy-provisioning",
        "scopes": [s for s in scopes.split(",") if s],
        "services": ["academy"],
    }
]

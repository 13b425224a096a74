from zhifa.accounts.tests.factories import PASSWORD
def test_login(client, supervisor):
    r = client.post("/workbench/accounts/login/", {"username": supervisor.username, "password": PASSWORD})
    print(r.status_code, r.headers.get("Location"))
    print(r.content.decode()[:3000] if r.status_code == 200 else "")
    assert r.status_code == 302

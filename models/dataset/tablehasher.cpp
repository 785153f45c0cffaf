#include "tablehasher.h"

#include <openssl/evp.h>

namespace pegboard {

struct TableHasher::State
{
    EVP_MD *md = nullptr;
    EVP_MD_CTX *table = nullptr;
    EVP_MD_CTX *row = nullptr;
};

TableHasher::TableHasher()
    : m_state(new State)
{
    // Fetched once: a per-row EVP_Digest would look the algorithm up again for every row.
    m_state->md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    m_state->table = EVP_MD_CTX_new();
    m_state->row = EVP_MD_CTX_new();
    EVP_DigestInit_ex2(m_state->table, m_state->md, nullptr);
}

TableHasher::~TableHasher()
{
    EVP_MD_CTX_free(m_state->row);
    EVP_MD_CTX_free(m_state->table);
    EVP_MD_free(m_state->md);
    delete m_state;
}

const TableHasher::Digest &TableHasher::addRow(std::string_view encoding)
{
    unsigned int length = 0;
    EVP_DigestInit_ex2(m_state->row, m_state->md, nullptr);
    EVP_DigestUpdate(m_state->row, encoding.data(), encoding.size());
    EVP_DigestFinal_ex(m_state->row, m_row.data(), &length);
    EVP_DigestUpdate(m_state->table, m_row.data(), m_row.size());
    ++m_rows;
    return m_row;
}

std::string TableHasher::finish()
{
    Digest d{};
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_state->table, d.data(), &length);
    return hex(d.data(), d.size());
}

std::string TableHasher::hex(const unsigned char *bytes, std::size_t n)
{
    static const char digits[] = "0123456789abcdef";
    std::string out(n * 2, '0');
    for (std::size_t i = 0; i < n; ++i) {
        out[2 * i] = digits[bytes[i] >> 4];
        out[2 * i + 1] = digits[bytes[i] & 15];
    }
    return out;
}

} // namespace pegboard
